import FuzzSupport

FuzzDriver.run(fuzzPipeline)
