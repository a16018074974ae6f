/* Stub of the kit's procgrp.h (processor-group compatibility library):
   what it declares is in the model's wdm.h. */
#pragma once
