/**
 * What an item on the meeting page needs to know of its meeting to act on it (add a tracker entry from its minutes,
 * mark a sentence): the meeting, its committee, and how to show the meeting as it now stands. Provided by the
 * meeting page; items in a list of thousands read it without every list passing it down.
 */
import { createContext } from 'react';

export interface MeetingContextValue {
  meetingId: number;
  committeeId: number;
  onChanged: () => void;
}

export const MeetingContext = createContext<MeetingContextValue | null>(null);
