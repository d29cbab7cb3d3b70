import { PageHeader } from '../../../components/PageHeader';
import { useJurisdiction } from '../hooks/useJurisdiction';
import { IndicatorsView } from './IndicatorsView';
import { JurisdictionPicker } from './JurisdictionPicker';

/** 目标指标. */
export function TargetsPage() {
  const jurisdiction = useJurisdiction();
  return (
    <>
      <PageHeader title="目标指标">
        <JurisdictionPicker state={jurisdiction} />
      </PageHeader>
      <section className="panel" aria-label="目标指标">
        <IndicatorsView jurisdictionId={jurisdiction.id} />
      </section>
    </>
  );
}
