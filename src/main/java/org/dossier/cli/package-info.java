/** The command line: {@code dossier build} and its options, exit codes and messages. */
package org.dossier.cli;
