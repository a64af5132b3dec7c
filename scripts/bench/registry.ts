import { importBench } from './import';
import { minutesBench } from './minutes';
import { readerBench } from './reader';
import { searchBench } from './search';

export type Bench = () => Promise<Record<string, unknown>>;

export const benches: Record<string, Bench> = {
  import: importBench,
  minutes: minutesBench,
  reader: readerBench,
  search: searchBench,
};
