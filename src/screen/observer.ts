/** What screen() tells an observer as it reads (look-through's fund-links.ts collects fund holdings). */
import type { HoldingsMeta, Position } from '../holdings/position.js';

export interface PositionObserver {
  /** `inputName`: what the run calls the input's fund when its rows and header name none. */
  onInput(path: string, meta: HoldingsMeta, inputName: string): void;
  /** `fund`: the fund the position is counted in (FundSummary.fund). */
  onPosition(p: Position, fund: string | null): void;
}
