package vn.tochuc.danhgia.criteria.testkit;

import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;

/** A plugin whose author forgot the service registration and whose collective group 1 adds up to 25, not 30. */
public class UnregisteredFactory implements CriteriaPluginFactory {

    boolean closed;

    @Override
    public PluginDescriptor descriptor() {
        return new DemoPluginFactory().descriptor();
    }

    @Override
    public CriteriaPlugin create() {
        return () -> DemoPluginFactory.frameworks(5);
    }

    @Override
    public void close() {
        closed = true;
    }
}
