import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../../shared/schemas/team';
import { useFormat } from '../../i18n/useFormat';

/** Who is in the team, and when each desktop last synced. */
export function MemberList({ members }: { members: readonly TeamMember[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="team-members">
      <Title order={2} id="team-members" fz="h3" mb="sm">
        {t('team.members.title')}
      </Title>
      {members.length === 0 ? (
        <Text c="dimmed" fz="sm">
          {t('team.members.none')}
        </Text>
      ) : (
        <Table aria-labelledby="team-members" striped={false} verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('team.members.name')}</Table.Th>
              <Table.Th>{t('team.members.lastSeen')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr key={member.desktopId}>
                <Table.Td>
                  {member.name}
                  {member.self && (
                    <Badge ml="xs" variant="light" tt="none" radius="sm">
                      {t('team.members.thisDesktop')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <time dateTime={member.lastSeenAt}>{format.timestamp(member.lastSeenAt)}</time>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
