/** SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts, recorded instead of shown. */
import { ButtonName, Ctx, MenuEntry } from './context';
import type { Gas } from './gas-types';
import { HtmlOutput } from './html';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';

export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});

const ALLOWED: Record<string, ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

export class Menu
  extends ServiceObject
  implements Gas<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addToUi'>
{
  _items: MenuEntry[] = [];

  constructor(
    ctx: Ctx,
    readonly _title: string,
    readonly _addon: boolean,
  ) {
    super(ctx);
  }

  addItem(caption: string, functionName: string): Menu {
    this._items.push({ label: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): Menu {
    this._items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: Menu): Menu {
    this._items.push({ label: menu._title, submenu: menu._items });
    return this;
  }

  addToUi(): void {
    this._ctx.recordUi({
      type: 'menu',
      title: this._title,
      addon: this._addon,
      items: JSON.parse(JSON.stringify(this._items)),
    });
  }
}

export class PromptResponse
  extends ServiceObject
  implements Gas<GoogleAppsScript.Base.PromptResponse, 'getResponseText'>
{
  constructor(
    ctx: Ctx,
    readonly _button: ButtonName,
    readonly _text: string,
  ) {
    super(ctx);
  }

  getResponseText(): string {
    return this._text;
  }

  getSelectedButton(): string {
    return this._button;
  }
}

export class Ui extends ServiceObject implements Gas<GoogleAppsScript.Base.Ui, 'createMenu'> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    ctx: Ctx,
    /** the add-on's name, shown as the add-on menu title */
    readonly _addonName: string,
    /** text answers for prompt(), in order */
    readonly _promptTexts: string[],
  ) {
    super(ctx);
  }

  createAddonMenu(): Menu {
    return new Menu(this._ctx, this._addonName, true);
  }

  createMenu(caption: string): Menu {
    return new Menu(this._ctx, String(caption), false);
  }

  showSidebar(userInterface: HtmlOutput): void {
    this._ctx.recordUi({
      type: 'sidebar',
      title: userInterface.getTitle(),
      html: userInterface.getContent(),
      width: 300,
    });
  }

  _dialog(userInterface: HtmlOutput, title: string, modal: boolean): void {
    this._ctx.recordUi({
      type: 'dialog',
      title: String(title),
      html: userInterface.getContent(),
      width: userInterface.getWidth(),
      height: userInterface.getHeight(),
      modal,
    });
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog(userInterface, title, true);
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog(userInterface, title, false);
  }

  /** Overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
  _args(a: string, b?: string, c?: string): { title: string; prompt: string; buttons: string } {
    if (c !== undefined) return { title: String(a), prompt: String(b), buttons: String(c) };
    if (b !== undefined && ALLOWED[String(b)]) return { title: '', prompt: String(a), buttons: String(b) };
    if (b !== undefined) return { title: String(a), prompt: String(b), buttons: 'OK' };
    return { title: '', prompt: String(a), buttons: 'OK' };
  }

  _answer(buttons: string, fallback: ButtonName): ButtonName {
    const r = this._ctx.nextResponse(fallback);
    const allowed = ALLOWED[buttons] ?? ALLOWED.OK;
    if (!allowed.includes(r)) {
      throw new Error(`uiResponses gave ${r} for a dialog with buttons ${buttons} (allowed: ${allowed.join(', ')})`);
    }
    return r;
  }

  alert(a: string, b?: string, c?: string): string {
    const { title, prompt, buttons } = this._args(a, b, c);
    const response = this._answer(buttons, buttons.startsWith('YES') ? 'YES' : 'OK');
    this._ctx.recordUi({ type: 'alert', title, prompt, buttons, response });
    return response;
  }

  prompt(a: string, b?: string, c?: string): PromptResponse {
    const { title, prompt, buttons } = this._args(a, b, c);
    const response = this._answer(buttons, buttons.startsWith('YES') ? 'YES' : 'OK');
    const text = this._promptTexts.length ? String(this._promptTexts.shift()) : '';
    this._ctx.recordUi({ type: 'prompt', title, prompt, buttons, response, text });
    return new PromptResponse(this._ctx, response, text);
  }
}

instrument(Menu);
instrument(PromptResponse);
instrument(Ui);
