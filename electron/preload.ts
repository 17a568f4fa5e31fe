import { contextBridge, ipcRenderer } from 'electron';
import { channelFor, createApi, type ProcedureName } from './api/contract';
import { CHOOSE_PATH_CHANNEL, type ChosenPath, type DeskShell, type PathRequest } from './files/choosePath';
import { SAVE_PDF_CHANNEL, type DeskPdfShell, type SavePdfRequest, type SavePdfResult } from './shell/savePdfChannel';

// Named functions generated from the contract, each on its own channel; nothing else is exposed.
const api = createApi((name: ProcedureName, input: unknown) => ipcRenderer.invoke(channelFor(name), input)) satisfies Window['api'];

contextBridge.exposeInMainWorld('api', api);

// The shell's file dialogs (choosing a USB folder or a backup file) and saving the print preview as a
// PDF; the main process checks the frame.
const desk: DeskShell & DeskPdfShell = {
  choosePath: (request: PathRequest) => ipcRenderer.invoke(CHOOSE_PATH_CHANNEL, request) as Promise<ChosenPath | null>,
  savePdf: (request: SavePdfRequest) => ipcRenderer.invoke(SAVE_PDF_CHANNEL, request) as Promise<SavePdfResult>,
};
contextBridge.exposeInMainWorld('desk', desk);
