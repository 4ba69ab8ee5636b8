# mk/npm.mk - the test tools that come from npm: each folder's committed
# package.json and package-lock.json, installed with npm ci into a folder of
# build/ whose stamp file `installed` depends on the two, so npm runs again
# only when the lock changes.  Recipe: $(call npm_ci[,ENV...]).
npm_ci = rm -rf $(@D) && mkdir -p $(@D) && cp $^ $(@D)/ && \
	cd $(@D) && $(1) npm ci --no-audit --no-fund && touch installed
