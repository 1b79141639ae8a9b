import ArgumentParser
import JourneyFormats

extension StarterTemplate: ExpressibleByArgument {}
