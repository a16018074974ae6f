/* Included through the project's AdditionalIncludeDirectories. */
#define RING_SIZE 4096
