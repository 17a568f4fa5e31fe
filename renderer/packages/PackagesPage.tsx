import { useSession } from '../app/session';
import { OfficePackages } from './OfficePackages';
import { ProvincePackages } from './ProvincePackages';

/** Data packages: an office sends ("Gửi dữ liệu"), the province receives ("Tiếp nhận dữ liệu"). */
export function PackagesPage() {
  const { status } = useSession();
  return status.office?.level === 'province' ? <ProvincePackages /> : <OfficePackages />;
}
