import os as _os_alias
import sys
visible = "v"
_hidden = "h"


def helper():
    return "helper"
