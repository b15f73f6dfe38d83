import {
  Alert,
  Anchor,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REPORT_KINDS } from '../../../../shared/reports/requests';
import { useAppState } from '../../app/appQueries';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { REPORT_ICONS } from './reportIcons';

/** The Reports screen: the seven reports, each a card saying what it is for. */
export function ReportsHub() {
  const { t } = useTranslation();
  const state = useAppState();
  useDocumentTitle(t('reports.hub.title'));
  const empty = state.data !== undefined && state.data.counts.agreements === 0;
  return (
    <Stack gap="lg" maw="78rem">
      <div>
        <Title order={1}>{t('reports.hub.title')}</Title>
        <Text c="dimmed" maw="48rem" mt={4}>
          {t('reports.hub.intro')}
        </Text>
      </div>
      {empty && (
        <Alert color="blue" variant="light" maw="48rem">
          {t('reports.hub.emptyHint')}
        </Alert>
      )}
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 3 }}
        spacing="md"
        component="ul"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
      >
        {REPORT_KINDS.map((kind) => {
          const Icon = REPORT_ICONS[kind];
          return (
            <Paper key={kind} component="li" withBorder radius="sm" p="md">
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" size={40} radius="sm" aria-hidden="true">
                  <Icon size={22} stroke={1.6} />
                </ThemeIcon>
                <div>
                  <Title order={2} fz="h4">
                    <Anchor component={Link} to={`/reports/${kind}`} inherit>
                      {t(`reports.kinds.${kind}.title`)}
                    </Anchor>
                  </Title>
                  <Text fz="sm" c="dimmed" mt={4}>
                    {t(`reports.kinds.${kind}.summary`)}
                  </Text>
                </div>
              </Group>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
