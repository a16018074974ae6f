// Excluded from ringdrv.vcxproj's Release build: never in its database.
#error unused.c is excluded from the Release build
