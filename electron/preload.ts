import { contextBridge, ipcRenderer } from 'electron';
import { channelFor, createApi, type ProcedureName } from './api/contract';

// Named functions generated from the contract, each on its own channel; nothing else is exposed.
const api = createApi((name: ProcedureName, input: unknown) => ipcRenderer.invoke(channelFor(name), input)) satisfies Window['api'];

contextBridge.exposeInMainWorld('api', api);
