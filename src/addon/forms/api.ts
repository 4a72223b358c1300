/**
 * The forms' server functions as the sidebars call them (google.script.run), merged into
 * ServerApi (src/addon/api.ts). Failures a user can fix come back as {ok:false, errors}.
 */
import type { CollectionInput, ContactEditInput, DepositInput, FieldErrors, NewMemberInput, SaveResult, StatusInput, WelfareInput } from '../../core/forms/types';
import type { RosterEntry } from '../../core/forms/search';
import type { MemberInfo } from '../../core/forms/statement';
import type { ContextRequest, FormsContext } from './context';
import type { CollectionList } from './deposits';
import type { NationalIdCheck } from './members';
import type { ClaimCheck } from './welfare';

export type Failure = { ok: false; errors: FieldErrors };

export interface FormsApi {
  getFormsContext(req?: ContextRequest): FormsContext | Failure;
  getMemberInfo(memberId: string): MemberInfo | null | Failure;
  findMembers(query: string): RosterEntry[] | Failure;
  findMembersByNationalId(query: string): RosterEntry[] | Failure;
  rebuildMemberSummary(): { builtAt: string } | Failure;
  checkMemberNationalId(nid: string, exceptMemberId: string): NationalIdCheck;
  saveNewMember(input: NewMemberInput): SaveResult;
  saveMemberContact(input: ContactEditInput): SaveResult;
  saveMemberStatus(input: StatusInput): SaveResult;
  saveDeposit(input: DepositInput): SaveResult;
  getCollectionList(village: string): CollectionList | Failure;
  saveCollection(input: CollectionInput): SaveResult;
  checkWelfareClaim(input: WelfareInput): ClaimCheck | Failure;
  saveWelfareClaim(input: WelfareInput): SaveResult;
}
