__glossarySearchShard("v/6c",{"names":[],"text":["lets","letter","link"]});
