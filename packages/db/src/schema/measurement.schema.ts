import type { Measurement } from '@lianxi/domain';
import { createdAt, defineTable, id, reference } from './columns.js';

export interface MeasurementRow extends Measurement {
  createdAt: Date;
}

/** A value of an indicator at a date, usually written together with a progress report. */
export const MeasurementSchema = defineTable<MeasurementRow>({
  name: 'measurement',
  columns: {
    id,
    indicatorId: reference('indicator_id', 'indicator', { onDelete: 'CASCADE' }),
    value: { name: 'value', type: 'numeric' },
    measuredOn: { name: 'measured_on', type: 'date' },
    progressReportId: reference('progress_report_id', 'progress_report', { nullable: true }),
    createdAt,
  },
  indices: [
    { name: 'ix_measurement_indicator', columns: ['indicatorId', 'measuredOn'] },
    { name: 'ix_measurement_progress_report', columns: ['progressReportId'] },
  ],
});
