import FuzzSupport

FuzzDriver.run(fuzzGeoJSON)
