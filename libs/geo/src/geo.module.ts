import { Global, Module } from '@nestjs/common';
import { Locator } from './gazetteer/locator';
import { GazetteerLoader } from './gazetteer/load/gazetteer-loader';
import { PostcodeDirectoryResolver } from './gazetteer/postcode-directory.resolver';
import { Deprivation } from './deprivation/deprivation';
import { DeprivationLoader } from './deprivation/deprivation-loader';

@Global()
@Module({
  providers: [Locator, GazetteerLoader, PostcodeDirectoryResolver, Deprivation, DeprivationLoader],
  exports: [Locator, GazetteerLoader, Deprivation, DeprivationLoader],
})
export class GeoModule {}
