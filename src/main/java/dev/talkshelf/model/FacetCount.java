package dev.talkshelf.model;

/** One value of a facet (a speaker, an event, a year, a status) and how many talks have it. */
public record FacetCount(String value, long count) {
}
