/** Training courses: shapes shared by the query module, the API and the UI. */

export const TRAINING_TOPICS = ['prevention', 'harm_reduction', 'gbv', 'reintegration', 'law'] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

export const SESSION_PARTS = ['day', 'morning', 'afternoon'] as const;
export type SessionPart = (typeof SESSION_PARTS)[number];

export interface TrainingSessionFields {
  date: string;
  part: SessionPart;
}

export interface TrainingCourseFields {
  title: string;
  topics: TrainingTopic[];
  organiser: string;
  trainers: string;
  venue: string;
  startDate: string;
  endDate: string;
  /** Share of sessions (percent) a participant must attend to complete the course. */
  completionPercent: number;
  sessions: TrainingSessionFields[];
}

export interface TrainingSession extends TrainingSessionFields {
  id: string;
  sessionNo: number;
}

export interface TrainingParticipant {
  personId: string;
  fullName: string;
  position: string;
  agency: string;
  /** Session ids the person attended. */
  attended: string[];
  completed: boolean;
}

export interface TrainingCourse extends Omit<TrainingCourseFields, 'sessions'> {
  id: string;
  sessions: TrainingSession[];
  participants: TrainingParticipant[];
}

export interface TrainingCourseSummary {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  sessionCount: number;
  participantCount: number;
  completedCount: number;
}
