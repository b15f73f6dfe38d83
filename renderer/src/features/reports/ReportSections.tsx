import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ChartSection, ReportSection } from '../../../../shared/reports/document';
import { ChartView } from './ChartView';
import { FiguresView } from './FiguresView';
import { LongTableNote } from './LongTableNote';
import { NotesView } from './NotesView';
import { ReportTable } from './ReportTable';
import { gridSmallCharts, layoutSections } from './sectionLayout';
import { WorldMap } from './WorldMap';

/** A report's sections in order, each under its own level-2 heading. */
export function ReportSections({ sections }: { sections: ReportSection[] }) {
  return (
    <Stack gap="xl">
      {gridSmallCharts(layoutSections(sections)).map((block) =>
        'grid' in block ? (
          <SimpleGrid key={block.grid[0]!.id} cols={{ base: 1, md: 2, xl: 3 }} spacing="lg">
            {block.grid.map((section) => (
              <SectionFrame key={section.id} section={section} />
            ))}
          </SimpleGrid>
        ) : (
          <SectionFrame
            key={block.section.id}
            section={block.section}
            chart={block.chart}
            dataBelow={block.dataBelow}
          />
        ),
      )}
    </Stack>
  );
}

interface FrameProps {
  section: ReportSection;
  chart?: ChartSection | undefined;
  dataBelow?: boolean | undefined;
}

function SectionFrame({ section, chart, dataBelow }: FrameProps) {
  const headingId = `report-section-${section.id}`;
  return (
    <section aria-labelledby={section.title ? headingId : undefined}>
      {section.title && (
        <Title order={2} fz="h3" id={headingId} mb={section.description ? 2 : 'sm'}>
          {section.title}
        </Title>
      )}
      {section.description && (
        <Text fz="sm" c="dimmed" mb="sm">
          {section.description}
        </Text>
      )}
      {chart && <ChartView section={chart} withData={false} />}
      <SectionBody section={section} dataBelow={dataBelow ?? false} />
    </section>
  );
}

function SectionBody({ section, dataBelow }: { section: ReportSection; dataBelow: boolean }) {
  switch (section.type) {
    case 'figures':
      return <FiguresView section={section} />;
    case 'table':
      return section.rows.length === 0 && section.emptyMessage ? (
        <Text c="dimmed">{section.emptyMessage}</Text>
      ) : (
        <>
          <ReportTable
            label={section.title}
            columns={section.columns}
            rows={section.rows}
            totals={section.totals}
          />
          <LongTableNote section={section} />
        </>
      );
    case 'chart':
      return <ChartView section={section} />;
    case 'map':
      return <WorldMap section={section} withData={!dataBelow} />;
    case 'notes':
      return <NotesView section={section} />;
  }
}
