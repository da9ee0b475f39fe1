"""Library modules written in py4 and compiled by py4c (dogfooding). Empty until the
stdlib issue lands; the folder exists so that the layout of the pipeline is fixed."""
