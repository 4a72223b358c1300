/**
 * Entry points of the add-on. Every function a menu item, a trigger or google.script.run names
 * is assigned to `global` here; gas-webpack-plugin turns each assignment into a top-level
 * function in dist/Code.js, which is what Apps Script (and our offline runtime) can call.
 * Names ending in "_" stay private (google.script.run cannot call them).
 */
import { onOpen, onInstall } from './menu';
import { getClientContext } from './sidebar';
import { showAboutSidebar, getAboutInfo, getWorkbookInfo } from './about';
import { setupFundBook } from './setup';
import { checkEntries, runChecks } from './checks';
import { buildSummaries, buildSummariesWith } from './summaries/build';
import { createDemoFund } from './demo';
import { exportSharedSummary_, getShareInfo, removeShareViewer, shareSummary, showShareSidebar } from './share/api';
import * as forms from './forms';
import * as importer from './import/api';

declare const global: Record<string, unknown>;

// Triggers
global.onOpen = onOpen;
global.onInstall = onInstall;
// Menu actions
global.showAboutSidebar = showAboutSidebar;
global.setupFundBook = setupFundBook;
global.checkEntries = checkEntries;
global.buildSummaries = buildSummaries;
// Called by sidebars (google.script.run)
global.getClientContext = getClientContext;
global.getAboutInfo = getAboutInfo;
// Called by the command line
global.getWorkbookInfo = getWorkbookInfo;
global.runChecks = runChecks;
global.buildSummariesWith = buildSummariesWith;
global.createDemoFund = createDemoFund;
// Secretary's forms (menu actions and the functions their sidebars call)
global.showMemberForm = forms.showMemberForm;
global.showDepositForm = forms.showDepositForm;
global.showCollectionDay = forms.showCollectionDay;
global.showWelfareForm = forms.showWelfareForm;
global.showLookup = forms.showLookup;
global.getFormsContext = forms.getFormsContext;
global.getMemberInfo = forms.getMemberInfo;
global.findMembers = forms.findMembers;
global.findMembersByNationalId = forms.findMembersByNationalId;
global.rebuildMemberSummary = forms.rebuildMemberSummary;
global.checkMemberNationalId = forms.checkMemberNationalId;
global.saveNewMember = forms.saveNewMember;
global.saveMemberContact = forms.saveMemberContact;
global.saveMemberStatus = forms.saveMemberStatus;
global.saveDeposit = forms.saveDeposit;
global.getCollectionList = forms.getCollectionList;
global.saveCollection = forms.saveCollection;
global.checkWelfareClaim = forms.checkWelfareClaim;
global.saveWelfareClaim = forms.saveWelfareClaim;
// Share with local government (menu, sidebar, command line)
global.showShareSidebar = showShareSidebar;
global.getShareInfo = getShareInfo;
global.shareSummary = shareSummary;
global.removeShareViewer = removeShareViewer;
global.exportSharedSummary_ = exportSharedSummary_;
// Import from the group's own books (menu, dialog, command line)
global.showImportDialog = importer.showImportDialog;
global.getImportContext = importer.getImportContext;
global.detectImportTabs = importer.detectImportTabs;
global.remapImportTab = importer.remapImportTab;
global.previewImportTab = importer.previewImportTab;
global.dryRunImport = importer.dryRunImport;
global.runImport = importer.runImport;
global.undoImport = importer.undoImport;
global.exportImportMapping = importer.exportImportMapping;
global.loadImportMapping = importer.loadImportMapping;
global.importFromValues_ = importer.importFromValues_;
