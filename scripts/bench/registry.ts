import { importBench } from './import';
import { minutesBench } from './minutes';
import { reanchorBench } from './reanchor';
import { readerBench } from './reader';
import { searchBench } from './search';
import { shareBench } from './share';

export type Bench = () => Promise<Record<string, unknown>>;

export const benches: Record<string, Bench> = {
  import: importBench,
  minutes: minutesBench,
  reanchor: reanchorBench,
  reader: readerBench,
  search: searchBench,
  share: shareBench,
};
