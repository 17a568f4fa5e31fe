import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdfText } from '../electron/print/pdfText';
import { addBusiness, COMMUNE_OFFICE, openOffice } from '../electron/packages/linkTesting';
import { TestApp } from '../electron/testing/factories';
import { expect, expectAccessible, test } from './fixtures';
import { OfficePackagesScreen, ProvincePackagesScreen, setUpCommuneOffice } from './packagesPages';
import { openRegister, setUpOffice } from './pages';

/*
 * Two installations: the one in the browser, and the other side as a real app in this test process
 * (same handlers, its own data folder). Files go through a folder standing in for the USB stick.
 */

function usbFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dd-usb-'));
}

test('an office registers, imports the configuration, exports a package to a folder, and sees it confirmed by a receipt', async ({ desk }) => {
  test.skip(desk.shell !== 'chromium', 'typed paths: the Electron app chooses folders with the native dialog');
  // Two installations, key generation and a package round trip: more than the default minute on a loaded machine.
  test.setTimeout(180_000);
  const page = desk.page;
  const usb = usbFolder();
  const province = await TestApp.withOffice();
  try {
    await setUpCommuneOffice(page);
    const screen = new OfficePackagesScreen(page);
    await screen.open();
    await expectAccessible(page, 'office packages page');

    // The key for reading aloud, the registration file and the printed form.
    const fingerprint = await screen.fingerprintIn(screen.registration);
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    await screen.exportRegistration(usb);
    const registration = fs.readdirSync(usb).find((f) => f.startsWith('dang-ky-'));
    expect(registration).toMatch(/^dang-ky-05977-[0-9a-f]{8}\.json$/);

    await screen.registration.getByRole('button', { name: 'In phiếu đăng ký' }).click();
    const form = page.getByRole('dialog', { name: 'Phiếu đăng ký máy gửi dữ liệu' });
    await expect(form).toBeVisible();
    const read = await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = read.text.join('\n').normalize('NFC');
    expect(text).toContain('PHIẾU ĐĂNG KÝ MÁY GỬI DỮ LIỆU');
    expect(text).toContain('UBND phường Đông Kinh');
    for (const group of fingerprint.split(' ')) expect(text).toContain(group);
    expect(read.pages).toBe(1);
    await page.keyboard.press('Escape');
    await expect(form).toBeHidden();

    // The province registers the file with the fingerprint from the paper, and sends its configuration.
    await province.ok('packages.officesRegister', { file: path.join(usb, registration ?? ''), fingerprint });
    const config = await province.ok('packages.configExport', { out: path.join(usb, 'cau-hinh.ddpkg') });

    // Before the configuration: no province key, so no package.
    await screen.exportPackage(usb);
    await expect(screen.alert(screen.send)).toContainText('Chưa nhập gói cấu hình của tỉnh');

    // A fingerprint that is not the province's: refused, and nothing pinned.
    await screen.importConfig(config.file, 'AAAA BBBB CCCC DDDD EEEE FFFF 0000 1111');
    await expect(screen.alert(screen.config)).toContainText('Dấu vân tay gõ vào không khớp với khóa đã ký gói cấu hình này');
    await screen.importConfig(config.file, config.fingerprint.toLowerCase().replace(/ /g, ''));
    await expect(screen.status(screen.config, 'Đã nhập gói cấu hình số 1')).toBeVisible();
    await expect(screen.config.getByText(/Khóa của tỉnh đã được ghi nhận/)).toBeVisible();
    expect(await screen.fingerprintIn(screen.config)).toBe(config.fingerprint);

    await screen.exportPackage(usb);
    await expect(screen.status(screen.send, /Đã xuất gói số 1 .*đã đọc lại và kiểm tra/)).toBeVisible();
    const packageFile = fs.readdirSync(usb).find((f) => f.endsWith('-00001.ddpkg'));
    expect(packageFile).toMatch(/^goi-du-lieu-05977-[0-9a-f]{8}-00001\.ddpkg$/);
    await expect(screen.sentRow(1)).toContainText('Chưa có xác nhận: cần gửi lại');
    await expectAccessible(page, 'office packages page with a package');

    // The province imports it and writes a receipt; the office imports the receipt.
    const imported = await province.ok('packages.import', { file: path.join(usb, packageFile ?? ''), dryRun: false });
    expect(imported.officeName).toBe('UBND phường Đông Kinh');
    const receipt = await province.ok('packages.receiptExport', { office: imported.senderInstallationId, out: path.join(usb, 'bien-nhan.ddpkg') });
    await screen.importReceipt(receipt.file);
    await expect(screen.status(screen.receipt, 'Đã xác nhận 1 gói. Còn 0 gói chưa có xác nhận.')).toBeVisible();
    await expect(screen.sentRow(1)).toContainText('Tỉnh đã nhận');
  } finally {
    province.close();
    fs.rmSync(usb, { recursive: true, force: true });
  }
});

test('the province registers an office from its file, previews and imports its package, refuses a tampered copy, and says a replay was imported before', async ({ desk }) => {
  test.skip(desk.shell !== 'chromium', 'typed paths: the Electron app chooses files with the native dialog');
  test.slow(); // two installations and their keys on a shared machine
  const page = desk.page;
  const usb = usbFolder();
  const office = await openOffice();
  try {
    await setUpOffice(page);
    const screen = new ProvincePackagesScreen(page);
    await screen.open();
    await expectAccessible(page, 'province packages page');

    // The configuration package for the office, with the fingerprint read from the screen.
    await screen.exportConfig(usb);
    const configFile = fs.readdirSync(usb).find((f) => f.startsWith('cau-hinh-tinh-20-'));
    expect(configFile).toBeDefined();
    await office.ok('packages.configImport', { file: path.join(usb, configFile ?? ''), fingerprint: await screen.fingerprintIn(screen.config) });

    // Registration: a wrong fingerprint is refused; the one from the paper form registers the office.
    const registration = await office.ok('packages.registrationExport', { out: path.join(usb, 'dang-ky.json') });
    await screen.register(registration.file, 'AAAA BBBB CCCC DDDD EEEE FFFF 0000 1111');
    await expect(screen.status(screen.offices, `Tệp đăng ký của: ${COMMUNE_OFFICE.officeName} (đơn vị 05977)`)).toBeVisible();
    await expect(screen.alert(screen.offices)).toContainText('Dấu vân tay khóa gõ vào không khớp');
    await expect(screen.officeRow(COMMUNE_OFFICE.officeName)).toHaveCount(0);
    await screen.register(registration.file, registration.fingerprint);
    await expect(screen.status(screen.offices, `Đã đăng ký ${COMMUNE_OFFICE.officeName}`)).toBeVisible();
    await expect(screen.officeRow(COMMUNE_OFFICE.officeName)).toContainText('đang hoạt động');
    await expect(screen.officeRow(COMMUNE_OFFICE.officeName)).toContainText('chưa nhận gói nào');

    await addBusiness(office, 'Karaoke Hoa Mai');
    await addBusiness(office, 'Nhà nghỉ Ánh Dương');
    const sent = await office.ok('packages.export', { out: path.join(usb, 'goi-1.ddpkg'), full: false });

    // A copy with its last byte changed, brought by the file chooser (staged bytes): refused, nothing written.
    const bytes = fs.readFileSync(sent.file);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
    const tampered = path.join(usb, 'goi-1-hong.ddpkg');
    fs.writeFileSync(tampered, bytes);
    await screen.drop(tampered);
    await expect(screen.item('goi-1-hong.ddpkg').getByRole('alert')).toHaveText('Nội dung gói dữ liệu đã bị thay đổi hoặc hỏng. Không nhập gì; hãy xin đơn vị gửi lại.');
    await expect(screen.item('goi-1-hong.ddpkg')).toContainText('Bị từ chối');
    await expect(screen.officeRow(COMMUNE_OFFICE.officeName)).toContainText('chưa nhận gói nào');

    // The real file, chosen by path: verified, previewed (nothing written), then imported.
    await screen.check(sent.file);
    const item = screen.item(sent.file);
    await expect(item).toContainText('Hợp lệ, chưa nhập');
    const preview = item.getByRole('table', { name: `Xem trước tệp ${sent.file}` });
    await expect(preview.getByRole('row', { name: /Cơ sở kinh doanh/ })).toContainText('2');
    await expectAccessible(page, 'province packages page with a preview');
    await expect(screen.officeRow(COMMUNE_OFFICE.officeName)).toContainText('chưa nhận gói nào');
    await item.getByRole('button', { name: 'Nhập gói này' }).click();
    await expect(item.getByRole('status').filter({ hasText: `Đã nhập gói số 1 của ${COMMUNE_OFFICE.officeName}` })).toBeVisible();
    await expect(item.getByRole('table', { name: `Đã nhập từ tệp ${sent.file}` }).getByRole('row', { name: /Cơ sở kinh doanh/ })).toContainText('2');
    await expect(screen.officeRow(COMMUNE_OFFICE.officeName)).toContainText('đến gói 1 (1 gói)');

    // The same file again, chosen by path and dropped onto the screen: a replay, nothing changes.
    await screen.check(sent.file);
    await expect(screen.item(sent.file).first()).toContainText('Gói số 1 đã được nhập trước đây: không thay đổi gì.');
    await screen.dropFile('goi-1-lan-nua.ddpkg', fs.readFileSync(sent.file));
    await expect(screen.item('goi-1-lan-nua.ddpkg')).toContainText('Gói số 1 đã được nhập trước đây: không thay đổi gì.');
    await expect(screen.officeRow(COMMUNE_OFFICE.officeName)).toContainText('đến gói 1 (1 gói)');

    // A receipt for the office: its package shows as confirmed there.
    await screen.exportReceipt(usb, COMMUNE_OFFICE.officeName);
    const receipt = fs.readdirSync(usb).find((f) => f.startsWith('bien-nhan-'));
    const confirmed = await office.ok('packages.receiptImport', { file: path.join(usb, receipt ?? '') });
    expect(confirmed.unconfirmed).toEqual([]);

    // Package 3 before package 2: imported, and 2 shows as missing.
    await addBusiness(office, 'Khách sạn Mẫu Sơn');
    await office.ok('packages.export', { out: path.join(usb, 'goi-2.ddpkg'), full: false });
    await addBusiness(office, 'Quán bia Phố Cổ');
    const third = await office.ok('packages.export', { out: path.join(usb, 'goi-3.ddpkg'), full: false });
    await screen.check(third.file);
    await screen.item(third.file).getByRole('button', { name: 'Nhập gói này' }).click();
    await expect(screen.officeRow(COMMUNE_OFFICE.officeName)).toContainText('thiếu gói 2');

    // Revoked after a confirmation: its next package is refused with the reason.
    await screen.offices.getByRole('button', { name: `Thu hồi máy của ${COMMUNE_OFFICE.officeName}` }).click();
    const confirm = page.getByRole('dialog', { name: `Thu hồi máy của ${COMMUNE_OFFICE.officeName}?` });
    await confirm.getByRole('button', { name: 'Thu hồi' }).click();
    await expect(confirm).toBeHidden();
    await expect(screen.officeRow(COMMUNE_OFFICE.officeName)).toContainText('đã thu hồi');
    await screen.check(path.join(usb, 'goi-2.ddpkg'));
    await expect(screen.item(path.join(usb, 'goi-2.ddpkg')).getByRole('alert')).toHaveText('Máy gửi gói dữ liệu này đã bị thu hồi, gói không được chấp nhận.');

    // The imported rows are in the province's register.
    const register = await openRegister(page);
    await register.search('Karaoke Hoa Mai');
    await expect(register.row('Karaoke Hoa Mai')).toBeVisible();
  } finally {
    office.close();
    fs.rmSync(usb, { recursive: true, force: true });
  }
});
