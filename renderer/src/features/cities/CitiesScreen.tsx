import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { City } from '../../../../shared/schemas/cities';
import { ListScreen } from '../../components/ListScreen';
import { SearchBox } from '../../components/SearchBox';
import { useFormat } from '../../i18n/useFormat';
import { TEXT_DELAY_MS } from '../../lib/useDebouncedText';
import { useInfiniteList } from '../../lib/useInfiniteList';
import { cityColumns } from './cityColumns';
import { CityFormModal, type CityFormTarget } from './CityFormModal';
import { cityQueries } from './cityQueries';

/** The directory of partner cities: search, add, edit, delete; a row opens the partner page. */
export function CitiesScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), TEXT_DELAY_MS);
  const [target, setTarget] = useState<CityFormTarget | null>(null);
  const list = useInfiniteList(cityQueries.directory(search ? { text: search } : {}));
  const columns = useMemo(() => cityColumns(t, format), [t, format]);

  return (
    <ListScreen<City>
      labels="cities"
      onNew={() => setTarget({ mode: 'create' })}
      filters={
        <SearchBox
          label={t('cities.search')}
          placeholder={t('cities.searchPlaceholder')}
          value={text}
          onChange={setText}
          maw={420}
        />
      }
      list={list}
      empty={{
        none: list.total === undefined ? undefined : !search && list.total === 0,
        icon: IconBuildingCommunity,
        title: t('cities.empty'),
        noMatch: t('cities.noMatch'),
      }}
      columns={columns}
      resetKey={search}
      onOpen={(city) => void navigate(`/cities/${city.id}`)}
    >
      <CityFormModal target={target} onClose={() => setTarget(null)} />
    </ListScreen>
  );
}
