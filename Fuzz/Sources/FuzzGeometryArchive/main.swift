import FuzzSupport

FuzzDriver.run(fuzzGeometryArchive)
