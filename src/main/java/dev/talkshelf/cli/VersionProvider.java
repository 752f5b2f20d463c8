package dev.talkshelf.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = TalkShelfCommand.class.getPackage().getImplementationVersion();
        return new String[] {"TalkShelf " + (v == null ? "development build" : v)};
    }
}
