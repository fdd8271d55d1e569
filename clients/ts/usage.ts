// How a frontend signs in and lists org units with the generated client; compiled, never run here.
// It fails to compile when an operation or a model it names changes shape.
import { AuthApi, Configuration, GrantType, OrgUnitsApi, ReserveCadresApi } from '../target/generated-sources/typescript-client';
import type { OrgUnitPage, ReserveCadre } from '../target/generated-sources/typescript-client';

export async function firstVillage(baseUrl: string, username: string, password: string): Promise<string | undefined> {
  const token = await new AuthApi(new Configuration({ basePath: baseUrl }))
    .issueToken({ grantType: GrantType.Password, username, password });
  const config = new Configuration({ basePath: baseUrl, accessToken: async () => token.accessToken });
  const page: OrgUnitPage = await new OrgUnitsApi(config).listOrgUnits({ level: 'VILLAGE', size: 1 });
  const ids: string[] = page.items.map(unit => unit.id);
  const total: number = page.totalItems;
  return total > 0 ? ids[0] : undefined;
}

export async function versionOf(config: Configuration, id: string): Promise<number> {
  const cadre: ReserveCadre = await new ReserveCadresApi(config).getReserveCadre({ id });
  return cadre.version;
}
