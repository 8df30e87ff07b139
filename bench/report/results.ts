// The shape of bench/results/<date>.json: everything one `npm run bench` measured.
import type { ApiStageResult } from '../stages/api/api-stage';
import type { ExtractStageResult } from '../stages/extract/extract-stage';
import type { LoadStageResult } from '../stages/load/load-stage';
import type { WebStageResult } from '../stages/web/web-stage';
import type { CorpusStats } from '../generate/corpus-stats';
import type { MachineInfo } from './machine';

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  command: string;
  options: Record<string, unknown>;
  machine: MachineInfo;
  corpus?: CorpusStats & { gazetteer: string };
  extract?: ExtractStageResult;
  load?: LoadStageResult[];
  api?: Array<{ claims: number; loadAverageAtStart: number; result: ApiStageResult }>;
  web?: WebStageResult;
}
