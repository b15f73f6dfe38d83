import { Stack, Text, Title } from '@mantine/core';
import type { ReportSection } from '../../../../shared/reports/document';
import { ChartView } from './ChartView';
import { FiguresView } from './FiguresView';
import { NotesView } from './NotesView';
import { ReportTable } from './ReportTable';
import { WorldMap } from './WorldMap';

/** A report's sections in order, each under its own level-2 heading. */
export function ReportSections({ sections }: { sections: ReportSection[] }) {
  return (
    <Stack gap="xl">
      {sections.map((section) => (
        <SectionFrame key={section.id} section={section} />
      ))}
    </Stack>
  );
}

function SectionFrame({ section }: { section: ReportSection }) {
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
      <SectionBody section={section} />
    </section>
  );
}

function SectionBody({ section }: { section: ReportSection }) {
  switch (section.type) {
    case 'figures':
      return <FiguresView section={section} />;
    case 'table':
      return section.rows.length === 0 && section.emptyMessage ? (
        <Text c="dimmed">{section.emptyMessage}</Text>
      ) : (
        <ReportTable
          label={section.title}
          columns={section.columns}
          rows={section.rows}
          totals={section.totals}
        />
      );
    case 'chart':
      return <ChartView section={section} />;
    case 'map':
      return <WorldMap section={section} />;
    case 'notes':
      return <NotesView section={section} />;
  }
}
