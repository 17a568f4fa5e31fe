import { contextBridge, ipcRenderer } from 'electron';
import { channelFor, createApi, type ProcedureName } from './api/contract';
import { CHOOSE_PATH_CHANNEL, type DeskShell, type PathRequest } from './files/choosePath';

// Named functions generated from the contract, each on its own channel; nothing else is exposed.
const api = createApi((name: ProcedureName, input: unknown) => ipcRenderer.invoke(channelFor(name), input)) satisfies Window['api'];

contextBridge.exposeInMainWorld('api', api);

// The shell's file dialogs (choosing a USB folder or a backup file); the main process checks the frame.
const desk: DeskShell = { choosePath: (request: PathRequest) => ipcRenderer.invoke(CHOOSE_PATH_CHANNEL, request) as Promise<string | null> };
contextBridge.exposeInMainWorld('desk', desk);
