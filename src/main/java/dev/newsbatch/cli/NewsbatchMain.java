package dev.newsbatch.cli;
public final class NewsbatchMain { public static void main(String[] a) {} }
