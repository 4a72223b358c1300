/** Menu actions that open the secretary's forms in the sidebar. */
import { showSidebar } from '../sidebar';

export function showMemberForm(): void {
  showSidebar('Members', 'menu.memberForm');
}

export function showDepositForm(): void {
  showSidebar('Deposit', 'menu.depositForm');
}

export function showCollectionDay(): void {
  showSidebar('Collection', 'menu.collectionDay');
}

export function showWelfareForm(): void {
  showSidebar('Welfare', 'menu.welfareForm');
}

export function showLookup(): void {
  showSidebar('Lookup', 'menu.lookup');
}
