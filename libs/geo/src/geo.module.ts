import { Global, Module } from '@nestjs/common';
import { Locator } from './gazetteer/locator';
import { GazetteerLoader } from './gazetteer/load/gazetteer-loader';
import { PostcodeDirectoryResolver } from './gazetteer/postcode-directory.resolver';

@Global()
@Module({ providers: [Locator, GazetteerLoader, PostcodeDirectoryResolver], exports: [Locator, GazetteerLoader] })
export class GeoModule {}
