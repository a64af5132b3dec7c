import { importBench } from './import';
import { minutesBench } from './minutes';
import { searchBench } from './search';

export type Bench = () => Promise<Record<string, unknown>>;

export const benches: Record<string, Bench> = {
  import: importBench,
  minutes: minutesBench,
  search: searchBench,
};
