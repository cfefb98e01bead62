/** The pipeline: load, validate, build the model, render, write; one class runs them in order. */
package org.dossier.build;
