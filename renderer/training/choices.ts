import dayjs, { type Dayjs } from 'dayjs';
import {
  OUTREACH_TYPES,
  SCHOOL_KINDS,
  SESSION_PARTS,
  STAFF_GENDERS,
  STAFF_GROUPS,
  STAFF_LEVELS,
  TRAINING_TOPICS,
} from '../../electron/api/schemas/training';
import { useT } from '../app/i18n';

/** Select options of the training area, translated. */
export function useTrainingChoices() {
  const { t } = useT();
  return {
    genders: STAFF_GENDERS.map((value) => ({ value, label: t(`staff.gender.${value}`) })),
    levels: STAFF_LEVELS.map((value) => ({ value, label: t(`staff.level.${value}`) })),
    groups: STAFF_GROUPS.map((value) => ({ value, label: t(`staff.group.${value}`) })),
    topics: TRAINING_TOPICS.map((value) => ({ value, label: t(`training.topic.${value}`) })),
    parts: SESSION_PARTS.map((value) => ({ value, label: t(`training.part.${value}`) })),
    outreachTypes: OUTREACH_TYPES.map((value) => ({ value, label: t(`outreach.type.${value}`) })),
    schoolKinds: SCHOOL_KINDS.map((value) => ({ value, label: t(`school.kind.${value}`) })),
  };
}

export const isoDate = (value: Dayjs | null | undefined): string => (value ? value.format('YYYY-MM-DD') : '');

export const dmy = (iso: string): string => (iso ? dayjs(iso, 'YYYY-MM-DD').format('DD/MM/YYYY') : '');
