import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementKind, AgreementStatus } from '../../../../shared/domain/enums';

const STATUS_COLOR: Record<AgreementStatus, string> = {
  active: 'teal',
  dormant: 'yellow',
  ended: 'gray',
};

export function StatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" radius="sm" tt="none" fw={600}>
      {t(`enums.agreementStatus.${status}`)}
    </Badge>
  );
}

export function ExclusiveBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      color="grape"
      variant="outline"
      radius="sm"
      size="sm"
      tt="none"
      title={t('agreement.exclusiveHint')}
    >
      {t('agreement.exclusive')}
    </Badge>
  );
}

/** "Twinning [Exclusive]". */
export function KindLabel({ kind, exclusive }: { kind: AgreementKind; exclusive: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <Text component="span" fz="sm" truncate title={t(`enums.agreementKind.${kind}`)}>
        {t(`enums.agreementKind.${kind}`)}
      </Text>
      {exclusive && <ExclusiveBadge />}
    </Group>
  );
}
