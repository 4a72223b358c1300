// Placeholder until the set-up work lands (issue 3): tells the user it is not ready yet.
export function setupFundBook(): void {
  SpreadsheetApp.getUi().alert('ยังไม่พร้อมใช้งาน / Not available yet');
}
