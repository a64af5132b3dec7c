/** Declarations of interest: what the API handlers call. */
export { deleteInterest, listRegister, saveInterest, saveProfile } from './register';
export { dismissWarning, meetingWarnings, restoreWarning } from './conflicts';
export { declarationSlip, deleteMyDeclaration, everyoneDeclarations, listMyDeclarations, saveMyDeclaration } from './declarations';
export { declarationsCsv, declarationsExport, registerDocx, registerExport } from './exports';
