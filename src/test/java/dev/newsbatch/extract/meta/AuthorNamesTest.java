package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "By Jane Doe and John Roe# Jane Doe; John Roe",
            "Von Anna Schmidt und Peter Meier# Anna Schmidt; Peter Meier",
            "Par Claire Martin# Claire Martin",
            "By Jane Doe | Photo: Max Muster/Getty Images# Jane Doe",
            "Jane Doe, Senior Editor# Jane Doe",
            "Jane Doe jane.doe@example.com @janedoe# Jane Doe",
            "By Kayla Greaves Oct 13, 2020# Kayla Greaves",
            "Sara Roe Stand 03.01.2019# Sara Roe",
            "Ein Artikel von Petra Beispiel | 27.01.2022 - 12:45# Petra Beispiel",
            "---- by Tomas Invent# Tomas Invent",
            "— von Jana Muster# Jana Muster",
            "Raúl Ejemplo 4 mayo# Raúl Ejemplo",
            "By Jan Kowalski# Jan Kowalski",
            "By April Roe and June Doe# April Roe; June Doe",
            "Von Jan Muster, 3. Mai 2021# Jan Muster",
            "Autorin: Petra Beispiel (Gastbeitrag)# Petra Beispiel",
            "By Jane Doe (Berlin) and John Roe# Jane Doe; John Roe"})
    void findsPersonNames(String text, String names) {
        assertEquals(List.of(names.split("; ")), AuthorNames.split(text, true));
    }

    @Test
    void refusesWhatIsNotAPerson() {
        assertEquals(List.of(), AuthorNames.split("Staff"));
        assertEquals(List.of(), AuthorNames.split("Reuters"));
        assertEquals(List.of(), AuthorNames.split("Agencies"));
        assertEquals(List.of(), AuthorNames.split("anónimo"));
        assertEquals(List.of(), AuthorNames.split("3 de Mayo de 2022", true));
        assertEquals(List.of(), AuthorNames.split("https://example.com/author/jdoe"));
        assertEquals(List.of(), AuthorNames.split("Photo: Max Muster"));
        // visible byline lines also hold counters and labels
        assertEquals(List.of(), AuthorNames.split("4 min read", true));
        assertEquals(List.of(), AuthorNames.split("0 Kommentare", true));
    }

    @Test
    void aPhraseOpeningInLowerCaseIsNotAName() {
        assertEquals(List.of(), AuthorNames.split("deinen Hochzeitsbloggern"));
        assertEquals(List.of(), AuthorNames.split("gartenportal GmbH"));
        assertEquals(List.of("Amir hassan"), AuthorNames.split("Amir hassan"));
        assertEquals(List.of("bell hooks"), AuthorNames.split("bell hooks"));
        assertEquals(List.of("van Dijk Anna"), AuthorNames.split("van Dijk Anna"));
    }

    @Test
    void userNamesCountOnlyWhereAStructuredSourceOrALeadInGivesThem() {
        assertEquals(List.of("jdoe"), AuthorNames.split("jdoe"));
        assertEquals(List.of(), AuthorNames.split("jdoe", true));
        assertEquals(List.of("jdoe"), AuthorNames.split("by jdoe", true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "Jana# Jana Beispiel - Ingenieurin und Radfahrerin seit 2005# Jana Beispiel",
            "Jana# Jana Beispiel ist Redakteurin im Ressort Sport# Jana Beispiel",
            "Jana# Jana Muster-Roe, 42, lebt in Kassel# Jana Muster-Roe",
            // the bio is about someone else, or goes on with a noun, not a family name: the name stays as given
            "Jana# Petra Beispiel schreibt hier über Räder# Jana",
            "Jana# Jana Liebt Räder und schreibt darüber# Jana",
            "Jana Roe# Jana Roe Beispiel - Ingenieurin# Jana Roe"})
    void aGivenNameAloneIsCompletedFromTheSamePersonsBio(String name, String bio, String expected) {
        assertEquals(expected, AuthorNames.fullerName(name, bio));
    }
}
