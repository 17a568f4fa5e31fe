// Known-answer tests of every primitive the package and backup formats use, run at start-up in the
// packaged app: Electron's Node links BoringSSL, not OpenSSL, and the two have disagreed before.
// If one fails, packaging features are refused (assertCryptoSelfTest) instead of producing files that
// the province cannot open.
import { createCipheriv, createDecipheriv, createHash, diffieHellman, hkdfSync, scryptSync, sign, verify } from 'node:crypto';
import { privateKeyObject, publicKeyObject, receivingPublicKeyOf, signingPublicKeyOf } from './keys';
import { PackageError } from './errors';

const hex = (s: string) => Buffer.from(s, 'hex');

interface KnownAnswer {
  name: string;
  run(): boolean;
}

const KNOWN_ANSWERS: readonly KnownAnswer[] = [
  {
    name: 'SHA-256 (FIPS 180-2 "abc")',
    run: () => createHash('sha256').update('abc').digest().equals(hex('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')),
  },
  {
    name: 'HKDF-SHA256 (RFC 5869 case 1)',
    run: () =>
      Buffer.from(hkdfSync('sha256', Buffer.alloc(22, 0x0b), hex('000102030405060708090a0b0c'), hex('f0f1f2f3f4f5f6f7f8f9'), 42)).equals(
        hex('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865'),
      ),
  },
  {
    name: 'Ed25519 (RFC 8032 test 1)',
    run: () => {
      const seed = hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
      const publicKey = hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
      const expected = hex(
        'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
      );
      const signature = sign(null, Buffer.alloc(0), privateKeyObject('ed25519', seed));
      return (
        Buffer.from(signingPublicKeyOf(seed)).equals(publicKey) &&
        signature.equals(expected) &&
        verify(null, Buffer.alloc(0), publicKeyObject('ed25519', publicKey), expected) &&
        !verify(null, Buffer.from([1]), publicKeyObject('ed25519', publicKey), expected)
      );
    },
  },
  {
    name: 'X25519 (RFC 7748 section 6.1)',
    run: () => {
      const alice = hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
      const bobPublic = hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f');
      const shared = diffieHellman({ privateKey: privateKeyObject('x25519', alice), publicKey: publicKeyObject('x25519', bobPublic) });
      return (
        Buffer.from(receivingPublicKeyOf(alice)).equals(hex('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a')) &&
        shared.equals(hex('4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742'))
      );
    },
  },
  {
    name: 'AES-256-GCM (GCM spec test case 14)',
    run: () => {
      const key = Buffer.alloc(32);
      const iv = Buffer.alloc(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
      const ciphertext = Buffer.concat([cipher.update(Buffer.alloc(16)), cipher.final()]);
      const tag = cipher.getAuthTag();
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
      decipher.setAuthTag(tag);
      const roundTrip = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
      return (
        ciphertext.equals(hex('cea7403d4d606b6e074ec5d3baf39d18')) && tag.equals(hex('d0d1c8a799996bf0265b98b5d48ab919')) && roundTrip.equals(Buffer.alloc(16))
      );
    },
  },
  {
    name: 'AES-256-GCM rejects a changed tag',
    run: () => {
      const decipher = createDecipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12), { authTagLength: 16 });
      decipher.setAuthTag(hex('d0d1c8a799996bf0265b98b5d48ab918'));
      decipher.update(hex('cea7403d4d606b6e074ec5d3baf39d18'));
      try {
        decipher.final();
        return false;
      } catch {
        return true;
      }
    },
  },
  {
    name: 'scrypt (RFC 7914 "password"/"NaCl")',
    run: () =>
      scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).equals(
        hex('fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640'),
      ),
  },
];

export interface SelfTestResult {
  ok: boolean;
  failed: string[];
}

/** Runs every known-answer test; a primitive that throws counts as failed. */
export function runCryptoSelfTest(answers: readonly KnownAnswer[] = KNOWN_ANSWERS): SelfTestResult {
  const failed = answers
    .filter((answer) => {
      try {
        return !answer.run();
      } catch {
        return true;
      }
    })
    .map((answer) => answer.name);
  return { ok: failed.length === 0, failed };
}

let cached: SelfTestResult | undefined;

/** The result for this process (computed once, about 20 ms). */
export function cryptoSelfTest(): SelfTestResult {
  cached ??= runCryptoSelfTest();
  return cached;
}

/** Called before sealing or opening a package or an encrypted backup. */
export function assertCryptoSelfTest(result: SelfTestResult = cryptoSelfTest()): void {
  if (!result.ok) throw new PackageError('CRYPTO_SELF_TEST_FAILED', result.failed.join('; '));
}

export const SELF_TEST_NAMES = KNOWN_ANSWERS.map((answer) => answer.name);
