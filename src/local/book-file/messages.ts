/** What the user reads when the book file is busy or changed: one sentence each, Thai then English. */
import { basename } from 'node:path';

export type BookBusyReason =
  | { kind: 'libreoffice'; file: string; lockFile: string; user?: string }
  | { kind: 'excel'; file: string; lockFile: string; user?: string }
  | { kind: 'writer'; file: string; lockFile: string; pid: number; program: string };

export function busySentence(r: BookBusyReason): string {
  const name = basename(r.file);
  const who = 'user' in r && r.user ? ` (โดย ${r.user})` : '';
  switch (r.kind) {
    case 'libreoffice':
      return `ปิดไฟล์ ${name} ใน LibreOffice ก่อน${who} แล้วลองใหม่ ถ้าปิดแล้วยังขึ้นข้อความนี้ ให้ลบไฟล์ ${basename(r.lockFile)} ที่อยู่ข้างกัน (close the file in LibreOffice first)`;
    case 'excel':
      return `ปิดไฟล์ ${name} ใน Excel ก่อน${who} แล้วลองใหม่ ถ้าปิดแล้วยังขึ้นข้อความนี้ ให้ลบไฟล์ ${basename(r.lockFile)} ที่อยู่ข้างกัน (close the file in Excel first)`;
    case 'writer':
      return `สมุดบัญชี ${name} เปิดอยู่ใน ${r.program} (pid ${r.pid}) ให้ปิดโปรแกรมนั้นก่อน แล้วลองใหม่ (the book is open in ${r.program}, process ${r.pid}; close it first)`;
  }
}

/** Told in the playground when a change could not be saved: the change is undone, the user repeats it. */
export function notSavedSentence(reason: string): string {
  return `ยังไม่ได้บันทึกรายการนี้ลงไฟล์: ${reason}`;
}

export function changedOnDiskSentence(file: string): string {
  return `ไฟล์ ${basename(file)} ถูกแก้จากโปรแกรมอื่นระหว่างนี้ จึงโหลดไฟล์ใหม่แทนการเขียนทับ กรุณาทำรายการนี้อีกครั้ง (the file was changed by another program; it was reloaded instead of overwritten; please repeat this entry)`;
}

export function saveFailedSentence(file: string, detail: string): string {
  return `บันทึกไฟล์ ${basename(file)} ไม่สำเร็จ: ${detail} (could not save the file)`;
}
