// Child process of conversion.test.ts: converts a data folder and kills itself (SIGKILL, as a power
// cut would stop it) right after the named step of the database's conversion.
import { encryptDataFolder, type ConversionStep } from '../../db/encryption';
import { parseDbKey } from '../../db/key';

const [dataDir, killAfter, keyHex] = process.argv.slice(2);
if (!dataDir || !killAfter || !keyHex) throw new Error('usage: conversionChild DIR STEP KEY');
encryptDataFolder(dataDir, parseDbKey(keyHex), {
  afterStep: (step: ConversionStep, file: string) => {
    if (step === killAfter && file.endsWith('district-desk.sqlite')) process.kill(process.pid, 'SIGKILL');
  },
});
