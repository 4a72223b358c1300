/** The secretary's forms: what src/addon/index.ts exposes to the menu and to google.script.run. */
export { showMemberForm, showDepositForm, showCollectionDay, showWelfareForm, showLookup } from './show';
export { getFormsContext } from './context';
export { getMemberInfo, findMembers, findMembersByNationalId, rebuildMemberSummary } from './lookup';
export { checkMemberNationalId, saveNewMember, saveMemberContact, saveMemberStatus } from './members';
export { saveDeposit, getCollectionList, saveCollection } from './deposits';
export { checkWelfareClaim, saveWelfareClaim } from './welfare';
