import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@app/access';
import { APP_CONFIG, AppConfig } from '@app/config';

@ObjectType('SiteSettings')
export class SiteSettingsType {
  @Field(() => String, { description: 'Map tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png' })
  mapTileUrl: string;

  @Field(() => String, { description: 'The attribution the tile provider asks for' })
  mapAttribution: string;
}

/** What the web app needs to know about this deployment; nothing secret. */
@Resolver(() => SiteSettingsType)
export class SiteSettingsResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Query(() => SiteSettingsType)
  siteSettings(): SiteSettingsType {
    return { mapTileUrl: this.config.mapTileUrl, mapAttribution: this.config.mapAttribution };
  }
}
